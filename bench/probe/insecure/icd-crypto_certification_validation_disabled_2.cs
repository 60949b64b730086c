using System.Net;

namespace Acme.Integration
{
    public class LegacyGateway
    {
        public LegacyGateway(GatewayOptions options)
        {
            if (options.IgnoreCertificateErrors)
            {
                ServicePointManager.ServerCertificateValidationCallback +=
                    (sender, certificate, chain, errors) => true;
            }
            _client = new WebClient { BaseAddress = options.Url };
        }
    }
}
