<?php
print($_REQUEST["q"]);
