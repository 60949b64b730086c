<?php
chmod($_POST["file"], 0777);
