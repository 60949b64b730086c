webPreferences: { webSecurity: false }
