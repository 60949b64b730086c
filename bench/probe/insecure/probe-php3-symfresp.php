<?php
return new Response("<h1>Hello " . $request->query->get("name") . "</h1>");
