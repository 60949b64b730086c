fscanf(fp, "%s", word);
