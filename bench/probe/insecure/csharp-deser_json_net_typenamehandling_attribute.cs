[JsonProperty(TypeNameHandling = TypeNameHandling.All)]
public object Payload { get; set; }
