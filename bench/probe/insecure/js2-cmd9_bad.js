const { stdout } = await promisify(exec)(`whois ${domain}`);
