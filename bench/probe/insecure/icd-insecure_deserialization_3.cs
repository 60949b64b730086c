    public object Receive(NetworkStream networkStream)
    {
        var lengthBytes = new byte[4];
        networkStream.Read(lengthBytes, 0, 4);
        int length = BitConverter.ToInt32(lengthBytes, 0);
        var buffer = new byte[length];
        networkStream.Read(buffer, 0, length);
        using (var ms = new MemoryStream(buffer))
        {
            return _binaryFormatter.Deserialize(ms);
        }
    }
