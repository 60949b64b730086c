<?php
$users = DB::select("SELECT * FROM users WHERE email = '" . $request->input("email") . "'");
