<?php
return response()->download(storage_path("app/" . $request->input("file")));
