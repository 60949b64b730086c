engine = create_engine(os.environ["DATABASE_URL"])
