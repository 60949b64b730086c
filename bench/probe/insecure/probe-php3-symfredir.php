<?php
return new RedirectResponse($request->query->get("target"));
