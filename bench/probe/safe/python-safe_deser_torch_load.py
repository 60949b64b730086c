model = torch.load(path, weights_only=True)
