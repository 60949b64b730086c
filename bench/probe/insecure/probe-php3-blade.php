<?php
{!! $request->input("bio") !!}
