while ((entry = zis.getNextEntry()) != null) {
  Path p = Paths.get(dest, entry.getName());
  Files.copy(zis, p);
}
