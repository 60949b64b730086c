<?php
extract($_POST);
