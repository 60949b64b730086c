<?php
$params = $request->getQueryParams(); $sql = "SELECT * FROM t WHERE id = " . $params["id"];
