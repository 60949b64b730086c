<?php
header("Location: $_GET[return]");
