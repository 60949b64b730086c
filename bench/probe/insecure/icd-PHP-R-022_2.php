<?php
if ($_SERVER['REQUEST_METHOD'] == 'POST' && is_admin()) {
    chown($_GET['path'], 'www-data');
    chgrp($_GET['path'], 'www-data');
    echo json_encode(['ok' => true]);
}
