<?php
$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
