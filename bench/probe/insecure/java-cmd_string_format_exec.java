Runtime.getRuntime().exec(String.format("convert %s out.png", filename));
