User.where(params.permit!.to_h)
