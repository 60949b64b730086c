settings.TypeNameHandling = TypeNameHandling.Objects;
