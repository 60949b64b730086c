settings.ProhibitDtd = false;
