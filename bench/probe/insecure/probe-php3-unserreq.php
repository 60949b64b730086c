<?php
$cart = unserialize($request->cookie("cart"));
