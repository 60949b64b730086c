<?php
if ($_POST["password"] == $user->password) {
