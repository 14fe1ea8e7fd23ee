// placeholder until the web build exists
