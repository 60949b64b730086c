using System.Security.Cryptography;

public sealed class StreamCipherFactory
{
    public SymmetricAlgorithm Create(byte[] key, byte[] iv)
    {
        var alg = Aes.Create();
        alg.Mode = CipherMode.CFB;
        alg.FeedbackSize = 8;
        alg.Key = key;
        alg.IV = iv;
        return alg;
    }
}
