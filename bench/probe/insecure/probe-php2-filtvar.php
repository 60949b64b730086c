<?php
echo "<a href=\"" . $_GET["url"] . "\">link</a>";
