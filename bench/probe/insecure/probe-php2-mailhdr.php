<?php
mail($to, $subject, $body, "From: " . $_POST["email"]);
