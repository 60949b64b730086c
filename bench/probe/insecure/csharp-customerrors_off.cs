<customErrors mode="Off" />
