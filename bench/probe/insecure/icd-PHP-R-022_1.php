<?php
// file manager: change permissions
if (isset($_POST['chmod'])) {
    $mode = octdec($_POST['mode']);
    if (chmod($_POST['file'], $mode)) {
        $msg = 'Permissions changed';
    } else {
        $msg = 'Could not change permissions';
    }
}
