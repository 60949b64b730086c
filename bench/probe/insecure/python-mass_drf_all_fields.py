class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = "__all__"
