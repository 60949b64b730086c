import torch
model = torch.load(path)
