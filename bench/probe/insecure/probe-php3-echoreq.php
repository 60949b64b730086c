<?php
echo $request->input("q");
