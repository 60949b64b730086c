var psi = new ProcessStartInfo("ping");
psi.ArgumentList.Add(host);
Process.Start(psi);
