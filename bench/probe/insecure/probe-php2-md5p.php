<?php
if (md5($_POST["password"]) === $row["password"]) {
