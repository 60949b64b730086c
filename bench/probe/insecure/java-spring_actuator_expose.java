management.endpoints.web.exposure.include=*
