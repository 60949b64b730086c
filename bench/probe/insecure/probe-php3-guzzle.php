<?php
$res = $client->request("GET", $request->query("url"));
