<?php
passthru("convert " . $file . " out.png");
