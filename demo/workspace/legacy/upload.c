#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int save_upload(const char *name, const char *body)
{
    char path[64];
    char cmd[256];
    strcpy(path, "/var/uploads/");
    strcat(path, name);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fputs(body, f);
    fclose(f);
    sprintf(cmd, "gzip %s", path);
    return system(cmd);
}

int read_name(char *out)
{
    return gets(out) != NULL;
}
