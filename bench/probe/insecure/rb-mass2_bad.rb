params.permit!
