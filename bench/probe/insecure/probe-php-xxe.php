<?php
$xml = simplexml_load_string($input, "SimpleXMLElement", LIBXML_NOENT);
