var psi = new ProcessStartInfo { FileName = "git" };
psi.ArgumentList.Add("clone");
psi.ArgumentList.Add(url);
using var p = Process.Start(psi);
