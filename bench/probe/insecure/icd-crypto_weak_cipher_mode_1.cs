using System.Security.Cryptography;

public static byte[] EncryptAes(byte[] plain, byte[] key, byte[] iv)
{
    using (Aes aes = Aes.Create())
    {
        aes.Key = key;
        aes.IV = iv;
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.PKCS7;
        using (ICryptoTransform enc = aes.CreateEncryptor())
        {
            return enc.TransformFinalBlock(plain, 0, plain.Length);
        }
    }
}
