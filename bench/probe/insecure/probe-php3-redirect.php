<?php
return redirect($request->input("url"));
