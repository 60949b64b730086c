<?php
$r = ldap_search($ds, $dn, "(uid=" . $_GET["u"] . ")");
