<?php
$db->query("SELECT * FROM t WHERE id=" . $id);
