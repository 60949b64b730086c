<?php
return redirect()->away($request->query("next"));
